curl -H "Authorization: Api-Token 3db48c616b61a20eeec0da8f83856c5a922d1694" --request PUT https://appsecclass.report/api/use/635
