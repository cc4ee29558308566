import config from 'config';
import { suppliers } from './mongo.js';
import { erpVendors } from './erp-mysql.js';

const BATCH = config.get<number>('sync.batchSize');

export async function run() {
  const vendors = await erpVendors(BATCH);
  const col = await suppliers();
  for (const v of vendors) await col.updateOne({ erpId: v.id }, { $set: v }, { upsert: true });
  console.log(`synced ${vendors.length} vendors`);
}
