notes            = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"
