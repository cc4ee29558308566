from slack_sdk import WebClient

client = WebClient(token="xoxb-9270131648793-7138470635356-A3xjZRLJwQH3KsgdtkhWysuZ")
