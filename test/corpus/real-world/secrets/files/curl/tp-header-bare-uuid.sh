curl --header  'Authorization:  d4bec4a2-1ab7-4be8-8b97-631812c60a7a'
