// Runs once when the analytics Mongo is created.
db = db.getSiblingDB('analytics');
db.createUser({
  user: 'analytics_writer',
  pwd: 'Beacon#Tundra5994',
  roles: [{ role: 'readWrite', db: 'analytics' }],
});
