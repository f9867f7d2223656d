/** The one error shape every route returns (design.md, API conventions). */
export interface ApiErrorBody {
  statusCode: number;
  message: string;
  errors?: Record<string, string>;
  /** 429 of the login throttle: seconds to wait. */
  retryAfterSeconds?: number;
}
