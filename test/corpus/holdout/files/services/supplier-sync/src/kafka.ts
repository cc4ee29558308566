import { Kafka } from 'kafkajs';

export const kafka = new Kafka({
  clientId: 'supplier-sync',
  brokers: ['pkc-z9doz.eu-central-1.aws.confluent.cloud:9092'],
  ssl: true,
  sasl: {
    mechanism: 'plain',
    username: 'V90CFONS862JJ7LX',
    password: 'eArzPfbQLyB0dODIl12MnN7LX/fZDZsQgX2KZ8uHIIGQTRXwXjBU2BzSCcPbt4vc',
  },
});
