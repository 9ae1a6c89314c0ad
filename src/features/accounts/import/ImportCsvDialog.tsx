import { Dialog } from '../../../ui/Dialog';
import { plural } from '../../../ui/format';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportProgressStep } from './ImportProgressStep';
import { ImportReviewStep } from './ImportReviewStep';
import { ImportCheckingStep } from './ImportCheckingStep';
import { ImportSummaryStep } from './ImportSummaryStep';
import { ImportWriteProgress } from './ImportWriteProgress';
import { useCsvImport } from './useCsvImport';

/** Mounted only while open: closing it drops the parsed file and cancels a read in progress. */
export function ImportCsvDialog({ onClose }: { onClose(): void }) {
  const importer = useCsvImport();
  const { state, preview } = importer;
  const busy = state.step === 'review' && state.writing !== null;
  const close = () => {
    if (!busy) onClose();
  };
  const cancel = (
    <button type="button" onClick={close} disabled={busy}>
      {state.step === 'done' ? 'Close' : 'Cancel'}
    </button>
  );

  let body;
  let actions;
  switch (state.step) {
    case 'choose':
      body = (
        <ImportFileStep
          notice={state.notice}
          file={state.file}
          delimiter={importer.delimiter}
          onDelimiterChange={importer.setDelimiter}
          onFile={(file, delimiter) => void importer.read(file, delimiter)}
        />
      );
      actions = cancel;
      break;
    case 'reading':
      body = <ImportProgressStep fileName={state.file.name} progress={state.progress} />;
      // Cancel stops the worker and returns to the file choice; Escape closes the dialog.
      actions = (
        <button type="button" onClick={importer.cancelRead}>
          Cancel
        </button>
      );
      break;
    case 'mapping': {
      const blocked = importer.mappingIssues.some((i) => i.severity === 'error');
      body = (
        <ImportMappingStep
          source={state.source}
          setup={state.setup}
          issues={importer.mappingIssues}
          onPreset={(preset) => void importer.choosePreset(preset)}
          onTarget={importer.setTarget}
        />
      );
      actions = (
        <>
          <button type="button" onClick={importer.restart}>
            Choose another file
          </button>
          {cancel}
          <button type="button" className="primary" disabled={blocked} onClick={importer.check}>
            Check rows
          </button>
        </>
      );
      break;
    }
    case 'checking':
      body = <ImportCheckingStep source={state.source} rowsChecked={state.rowsChecked} />;
      actions = cancel;
      break;
    case 'review': {
      const what = state.setup.kind === 'accounts' ? 'account' : 'deal';
      const count = preview?.toWrite ?? 0;
      const ready = state.review.canCommit && preview?.ok === true && count > 0;
      const why =
        !state.review.canCommit || !preview?.ok
          ? preview?.reason
          : count === 0
            ? `Every row is skipped. Choose “Update” for a group to import it.`
            : null;
      body = (
        <ImportReviewStep
          state={state}
          preview={preview}
          onDateOrder={importer.setDateOrder}
          onLifecycle={importer.setLifecycleAnswer}
          onDecide={importer.decide}
          onDecideAll={importer.decideAll}
          onClassify={importer.classify}
          onConflict={importer.chooseConflict}
          onLossRules={importer.applyLossRules}
        />
      );
      actions = (
        <>
          {(why || state.commitError) && (
            <p className="import-blocked" role={state.commitError ? 'alert' : undefined}>
              {state.commitError ?? why}
            </p>
          )}
          {state.writing && <ImportWriteProgress {...state.writing} />}
          <button type="button" onClick={importer.backToMapping} disabled={busy}>
            Back to mapping
          </button>
          {cancel}
          <button
            type="button"
            className="primary"
            disabled={!ready || busy}
            onClick={() => void importer.commit()}
          >
            {busy ? 'Importing…' : `Import ${plural(count, what)}`}
          </button>
        </>
      );
      break;
    }
    case 'done': {
      const { result, fileName } = state;
      body = (
        <ImportSummaryStep
          fileName={fileName}
          kind={state.kind}
          result={result}
          undo={state.undo}
          onUndo={() => void importer.undo(result.importId, fileName)}
        />
      );
      actions = cancel;
      break;
    }
  }

  return (
    <Dialog open wide title="Import CSV" onClose={close} actions={actions}>
      <div className="import-dialog">{body}</div>
    </Dialog>
  );
}
