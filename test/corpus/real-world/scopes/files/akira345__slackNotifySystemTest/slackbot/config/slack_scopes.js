// slackbot/config/slack_scopes.js
// Slack OAuth/Bot共通スコープ定義
export const SLACK_SCOPES = [
  "chat:write",
  "channels:read",
  "groups:read",
  "im:read",
  "mpim:read",
  "team:read",
  "users:read",
  "chat:write.public",
];
