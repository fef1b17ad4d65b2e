/** Saves the plan as a JSON file on the person's own device (GET /plan/bestand). */
export function SavePlanLink({ className = 'btn-secondary' }: { className?: string }) {
  return (
    <a href="/plan/bestand" download id="bewaar-plan" className={className}>
      Bewaar je plan als bestand
    </a>
  );
}
