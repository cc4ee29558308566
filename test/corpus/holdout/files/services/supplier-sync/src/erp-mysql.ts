import mysql from 'mysql2/promise';

const pool = mysql.createPool('mysql://erp_reader:TY6Is.~xLXtNyGjf@erp-db.internal:3306/erp');

export async function erpVendors(limit: number) {
  const [rows] = await pool.query('SELECT id, name, vat_id FROM vendors ORDER BY id LIMIT ?', [limit]);
  return rows as { id: number; name: string; vat_id: string }[];
}
