// Summarises a customer's support tickets for the churn dashboard.
import OpenAI from 'openai';

const client = new OpenAI();

export async function summarise(tickets: string[]): Promise<string> {
  const completion = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    temperature: 0,
    messages: [
      { role: 'system', content: 'Summarise these support tickets in two sentences for an account manager.' },
      { role: 'user', content: tickets.join('\n---\n') },
    ],
  });
  return completion.choices[0]?.message.content ?? '';
}
