import { useEffect } from 'react';
import { type FieldValues, type Resolver, useForm } from 'react-hook-form';
import { applyServerErrors } from '../lib/form';
import { type ComplaintDetail, type StepPath, useComplaintStep } from './queries';
import { useStepRunner } from './StepModal';

export type StepProps = { c: ComplaintDetail; open: boolean; onClose: () => void };

/** One step's form: reset on opening, validated by the shared schema, asked first, then sent. */
export const useStep = <V extends FieldValues>(
  { c, open, onClose }: StepProps,
  o: { path: StepPath; resolver: Resolver<V>; defaults: () => V; body: (v: V) => unknown },
) => {
  const step = useComplaintStep(c.caseId);
  const runner = useStepRunner(onClose);
  const form = useForm<V>({ resolver: o.resolver });
  const { reset } = form;
  const { clearError } = runner;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the defaults are read when the step opens
  useEffect(() => {
    if (open) reset(o.defaults());
    clearError();
  }, [open, reset, clearError]);
  const send = (v: V, ask: { title: string; content?: string }, fields: string[]) =>
    runner.run(() => step.mutateAsync({ path: o.path, body: o.body(v) }), {
      ask,
      placeErrors: (e) => applyServerErrors(e, form.setError, fields as never[]),
    });
  return { form, step, runner, send };
};
