import { handleAdviceRequest } from '@/lib/api/advice-handler';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleAdviceRequest(request);
}
