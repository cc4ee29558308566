curl -k -X POST -I -u "SRVC_JENKINS:${APPID}"
