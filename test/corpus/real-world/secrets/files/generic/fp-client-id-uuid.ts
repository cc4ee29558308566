clientId = "8ee90d93-bcc6-4c6c-87bf-400f462ccf84"
