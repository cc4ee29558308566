my_password = request.json_body['hey']
