import pika

# Amazon MQ broker for PO events.
BROKER_URL = "amqps://po_events:Zw8.we4HK~4v7ls6oz@b-4f1c2e9a-1d2b.mq.eu-central-1.amazonaws.com:5671/procure"
LOCAL_BROKER_URL = "amqp://guest:guest@localhost:5672/%2F"


def channel(url: str = BROKER_URL):
    connection = pika.BlockingConnection(pika.URLParameters(url))
    ch = connection.channel()
    ch.queue_declare(queue="po.approved", durable=True)
    return ch
