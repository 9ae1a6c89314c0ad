// @ts-check
/**
 * An error whose message is a sentence the person using the app can act on. The HTTP API
 * sends it as `{ error, code }` with `status`; the WebSocket sends the same JSON as the reason
 * a document was refused.
 */
export class ApiError extends Error {
  /**
   * @param {number} status HTTP status
   * @param {string} code stable identifier the app can branch on
   * @param {string} message the sentence shown to the user
   */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  toJSON() {
    return { error: this.message, code: this.code };
  }
}

/** @param {string} message */
export const badRequest = (message) => new ApiError(400, 'invalid_request', message);
