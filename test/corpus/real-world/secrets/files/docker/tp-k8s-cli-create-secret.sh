kubectl create secret docker-registry regcred --docker-server=registry.acme.io --docker-username=acmebot --docker-password=oABezTICInw0ZijMl00s
