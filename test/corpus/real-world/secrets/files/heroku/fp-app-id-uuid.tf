heroku_app_id = "667bc771-6638-40a0-a628-1365ddf46ea4"
