/**
 * dexie-export-import expects a browser: it reads `self` when it loads, and always ends an
 * export by reading an (empty) Blob with FileReader. Node has neither; importing this module
 * before the exporter loads stands them in.
 */
class NodeFileReader {
  onload: ((event: { target: { result: ArrayBuffer } }) => void) | null = null;
  onerror: ((event: { target: { error: unknown } }) => void) | null = null;
  readAsArrayBuffer(blob: Blob) {
    void blob.arrayBuffer().then(
      (result) => this.onload?.({ target: { result } }),
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
}
Object.assign(globalThis, { self: globalThis, FileReader: NodeFileReader });
