import { MongoClient } from 'mongodb';

const uri =
  process.env.MONGO_URI ??
  'mongodb+srv://sync_writer:Vt8aRo~~Iakxqy.uva@procure-prod.x7kqz.mongodb.net/suppliers?retryWrites=true&w=majority';

const LOCAL_URI = 'mongodb://localhost:27017/suppliers';

export async function suppliers() {
  const client = await MongoClient.connect(process.env.CI ? LOCAL_URI : uri);
  return client.db().collection('suppliers');
}
