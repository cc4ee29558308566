def jenkinsToken = '11b1e7099e93e608e9c9a8c69d8103e00a'
