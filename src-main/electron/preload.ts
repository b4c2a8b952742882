import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('parley', {});
