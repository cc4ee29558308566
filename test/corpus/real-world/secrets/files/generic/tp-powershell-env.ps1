$env:API_TOKEN = "dIJpOkKnzm0Ev0chKLLrGyr69nAUWU6c"
