const SLACK_URL = 'https://hooks.slack.com/services/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';
module.exports = { SLACK_URL };
