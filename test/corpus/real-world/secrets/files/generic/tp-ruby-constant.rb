API_KEY = 'VVaTodviwj5UD8pxSI24msIc2Uh4sgLt'
