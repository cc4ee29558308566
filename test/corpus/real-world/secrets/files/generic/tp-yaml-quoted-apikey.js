const cfg = {
  "theapikey": "FBLs4XixP!Q8vxTt2sNlC1nLNcsT5W"
};
