// An error whose message is already written for the user: what happened, what was
// kept safe, what to do. Anything else that escapes an IPC handler is logged and
// replaced by a generic message, so no stack trace or path internals reach the UI.
export class UserFacingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'UserFacingError'
  }
}

export function isUserFacingError(error: unknown): error is UserFacingError {
  return error instanceof UserFacingError
}
