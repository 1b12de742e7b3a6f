// Summarises a customer's support tickets for the churn dashboard.
import OpenAI from 'openai';

const client = new OpenAI();

// The dated snapshot the prompt was evaluated on: an alias like 'gpt-4o-mini' moves to new models without a commit.
const SUMMARY_MODEL = 'gpt-4o-mini-2024-07-18';

export async function summarise(tickets: string[]): Promise<string> {
  const completion = await client.chat.completions.create({
    model: SUMMARY_MODEL,
    temperature: 0,
    messages: [
      { role: 'system', content: 'Summarise these support tickets in two sentences for an account manager.' },
      { role: 'user', content: tickets.join('\n---\n') },
    ],
  });
  return completion.choices[0]?.message.content ?? '';
}
