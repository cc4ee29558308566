import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

// Temporary credentials pasted from `aws sts assume-role` while debugging throttling.
const client = new BedrockRuntimeClient({
  region: 'eu-central-1',
  credentials: {
    accessKeyId: 'ASIA47HOMH4DSPR7SYLS',
    secretAccessKey: 'mB6PRrxvAD0A+i44dfDC4r5hv56Cnzz0FZ5R3OZa',
    sessionToken: 'IQoJb3JpZ2luX2VjECdz1htrViOBGTzPf7wh6xEodqtrQVoAMlT8QUgIJXxQYUVCLWKaZB+mF0tDZX6MGkIMzkBHW0fQRSxU7IgfzxloNO1xpUGIXqTMzv5zk9/5q46KdukbYFTwAZ7Ay9onfhl21gnuGvpNMqgWf+tre505D/Pv4+Xm8tG3gWjIjqx7YjmNaGEegJG5vteNepr5WN72kkIBqPkjeLnj9dFG7iDck8dKux6Cm2zH+0JolzkQf8Apsx8W27KcRpbcR25N1rdZUG3qavSoMGBlXHePzoHN67jiq97BEd+7zYT/ir2AWiZsgfV5PKSDg7yJpBgvq+MZU10Dr8hnZzKRBl1dqUjhgBT9CDDyCBBy0Spyo0iLaIl09XxpmQu9oknB8j/HXQNiSGQn/n05moK/Jvz/WRedvGYU1qHVKv/vDktjhgrsZgGR3WlPd1FoMVFZYu2L2xTr+/Et/zLm1v/PBd0NnbWERq+qmGbWx3ULwVHD3iN5+86e/pBnfDIfdmH1qDLrlyT9GvTz2O5rpHv+uibU3xI4jyPo+jpeqTZI3k//sMXT48A0bDpCu9mmA6LhhSkZDi6qX41QQv/kyv702jjcl52ErLKj5izGVi1dJey+rGKk1B4u7CnDj1J/YVoOUrgZN',
  },
});

export async function invokeClaude(prompt: string) {
  const body = JSON.stringify({
    anthropic_version: 'bedrock-2023-05-31',
    max_tokens: 1024,
    messages: [{ role: 'user', content: prompt }],
  });
  const out = await client.send(
    new InvokeModelCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', body, contentType: 'application/json' }),
  );
  return JSON.parse(new TextDecoder().decode(out.body));
}
