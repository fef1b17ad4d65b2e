import type { Metadata } from 'next';
import { startOrResume } from '@/components/wizard/actions';

export const metadata: Metadata = { title: 'Je antwoorden zijn gewist' };

export default function ClearedPage() {
  return (
    <>
      <h1 id="gewist">Je antwoorden zijn gewist</h1>
      <p className="mt-4">Er staat niets meer van je antwoorden op dit apparaat. Wil je opnieuw beginnen?</p>
      <form action={startOrResume} className="mt-6">
        <button type="submit" className="btn-primary">
          Opnieuw beginnen
        </button>
      </form>
    </>
  );
}
