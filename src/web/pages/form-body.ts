/** A posted form, as `c.req.parseBody()` gives it: strings, and Files for uploads. */
export type FormBody = Record<string, unknown>;

/** A text field's value ('' when absent, or when it is a file). */
export const formField = (body: FormBody, name: string): string => (typeof body[name] === 'string' ? (body[name] as string) : '');

/** A checkbox: ticked when sent as "1", "on" or "true". */
export const formChecked = (body: FormBody, name: string): boolean => ['1', 'on', 'true'].includes(formField(body, name));
