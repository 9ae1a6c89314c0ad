import { Link } from 'react-router';
import type { MethodStep } from '../../domain/methodProgress';

interface Props {
  step: MethodStep;
  number: number;
  isNext: boolean;
}

const STATE = { done: 'Done', next: 'Next', todo: 'To do' } as const;

/** One step of the checklist: its state in words (not colour alone), what stands, the way there. */
export function MethodStepItem({ step, number, isNext }: Props) {
  const state = step.done ? 'done' : isNext ? 'next' : 'todo';
  const titleId = `method-step-${step.id}`;
  return (
    <li
      className={`method-step method-step-${state}`}
      aria-labelledby={titleId}
      aria-current={isNext ? 'step' : undefined}
    >
      <span className="method-step-mark" aria-hidden="true">
        {step.done ? '✓' : number}
      </span>
      <div className="method-step-body">
        <h2 id={titleId}>
          {step.title} <span className="method-step-state">{STATE[state]}</span>
        </h2>
        <p>{step.detail}</p>
      </div>
      <Link
        to={step.to}
        className={isNext ? 'button primary' : 'button'}
        aria-label={`${step.action}: ${step.title.toLowerCase()}`}
      >
        {step.action}
      </Link>
    </li>
  );
}
