import { useRef, useState, type FormEvent } from 'react';
import { splitFieldErrors, type ApiProblem } from '../api/api-errors';

/** Where a refusal of an e-mail form is shown: under the address, or in the summary. */
export type EmailFormProblem = {
  /** The message under the e-mail field, if the address itself was refused. */
  fieldError: string | undefined;
  /** The messages above the submit button. */
  summary: string[];
};

/** The state of an e-mail form: being filled in, on its way, or answered. */
export type EmailFormState = EmailFormProblem & { phase: 'idle' | 'sending' | 'sent' };

/** A schema's verdict on what the form would send (zod's `safeParse` result has this shape). */
export type EmailFormCheck<T> =
  | { success: true; data: T }
  | {
      success: false;
      error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
    };

/** Options of {@link useEmailForm}. */
export type EmailFormOptions<T> = {
  /** Checks what the form would send for this address, e.g. `(email) => Email.safeParse(email)`. */
  check: (email: string) => EmailFormCheck<T>;
  /** Sends the checked value (a mutation); rejects with the API's error. */
  send: (value: T) => Promise<unknown>;
  /** Reads the API's refusal: the app's `readApiError`, with its texts. */
  readProblem: (error: unknown) => ApiProblem;
};

/**
 * Splits the API's answer to an e-mail form: a complaint about `email` goes under the field,
 * everything else (or the general message when nothing is specific) into the summary.
 *
 * @example const { fieldError, summary } = emailFormProblem(readApiError(error));
 */
export function emailFormProblem(problem: ApiProblem): EmailFormProblem {
  const { fields, rest } = splitFieldErrors(problem.fieldErrors, ['email']);
  const summary = fields.email || rest.length > 0 ? rest : [problem.message];
  return { fieldError: fields.email, summary };
}

const idle: EmailFormState = { phase: 'idle', fieldError: undefined, summary: [] };

/**
 * The submit of a form around one e-mail address (ask for the meeting link, subscribe): it
 * checks locally first, sends, and puts a refusal under the address or in the summary,
 * moving the focus to the address when that is what was refused. The answer the server
 * sends is never read, so a form can say the same for every address.
 *
 * @example const form = useEmailForm({ check: (e) => Email.safeParse(e), send: onRequest, readProblem: readApiError });
 */
export function useEmailForm<T>({ check, send, readProblem }: EmailFormOptions<T>) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [state, setState] = useState<EmailFormState>(idle);

  function refuse(problem: EmailFormProblem) {
    setState({ phase: 'idle', ...problem });
    if (problem.fieldError) inputRef.current?.focus();
  }

  async function submitAsync() {
    const checked = check(email);
    if (!checked.success) {
      const { issues } = checked.error;
      const emailIssue = issues.find(
        (issue) => issue.path.length === 0 || issue.path[0] === 'email',
      );
      const summary = emailIssue ? [] : issues.slice(0, 1).map((issue) => issue.message);
      return refuse({ fieldError: emailIssue?.message, summary });
    }
    setState({ ...idle, phase: 'sending' });
    try {
      await send(checked.data);
      setState({ ...idle, phase: 'sent' });
    } catch (error) {
      refuse(emailFormProblem(readProblem(error)));
    }
  }

  return {
    /** The address as typed. */
    email,
    /** Changes the address (the field's `onChange`). */
    setEmail,
    /** Where the form is, and what was refused. */
    state,
    /** The address input, to focus when the address is refused. */
    inputRef,
    /** The form's `onSubmit`. */
    submit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void submitAsync();
    },
    /** Starts again with an empty address (after a confirmation). */
    reset: () => {
      setEmail('');
      setState(idle);
    },
  };
}
