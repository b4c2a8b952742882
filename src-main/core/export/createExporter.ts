import { createBratExporter } from './bratExporter';
import { createConllExporter } from './conllExporter';
import { createCsvExporter } from './csvExporter';
import { createDoccanoExporter } from './doccanoExporter';
import type { ExportContext, Exporter } from './exportDocument';
import type { ExportFormat } from './exportFormats';
import { createHfExporter } from './hfExporter';
import { createJsonlExporter } from './jsonlExporter';
import { createLabelStudioExporter } from './labelStudioExporter';
import { createSpacyExporter } from './spacyExporter';
import { createW3cExporter } from './w3cExporter';

/**
 * A streaming exporter for `format`. Feed documents one at a time and append each returned
 * chunk to its file; output depends only on the input, so the same input gives the same bytes.
 */
export function createExporter(format: ExportFormat, context: ExportContext): Exporter {
  switch (format) {
    case 'jsonl':
      return createJsonlExporter(context);
    case 'csv':
      return createCsvExporter(context);
    case 'conll':
      return createConllExporter(context);
    case 'brat':
      return createBratExporter(context);
    case 'doccano':
      return createDoccanoExporter(context);
    case 'label-studio':
      return createLabelStudioExporter(context);
    case 'w3c':
      return createW3cExporter(context);
    case 'spacy':
      return createSpacyExporter(context);
    case 'hf':
      return createHfExporter(context);
  }
}
