from slack_bolt import App
from slack_bolt.oauth.oauth_settings import OAuthSettings

oauth_settings = OAuthSettings(
    client_id="1234567890.0987654321",
    scopes=["channels:read", "chat:write", "files:read"],
    user_scopes=[],
)

app = App(oauth_settings=oauth_settings)
