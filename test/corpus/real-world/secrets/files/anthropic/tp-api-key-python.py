import anthropic

client = anthropic.Anthropic(api_key="sk-ant-api03-kbPa1dj0hzRSiKXnvfFm134sVneYVLTi3L_gXaWndTne6AkdwlxKnNI-WfKr6KMZAJPS6JFhh_TVawy2buiNSDuSNdE0pAA")
