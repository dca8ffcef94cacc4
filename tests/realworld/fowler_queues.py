# source: Matthew Fowler, "Python Concurrency with asyncio" (Manning 2022), ch. 12 "Asynchronous queues", listings 12.1 (supermarket checkout), 12.3 (customer generator with a bounded queue), 12.6/12.9 (priority queues with dataclass work items) and 12.10 (LIFO queue), https://github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio/tree/main/chapter_12
# adapted: random seeded (random.seed(7)); checkout times are whole ticks of 20 ms (beer 4, bananas/sausage/diapers 1, instead of 2/.5/.2/.2 s) and cashier N of K first spends N/K tick opening the register, so no two cashiers ever finish an item at the same instant; the endless customer generator of 12.3 makes 6 customers, yields with sleep(0) instead of sleeping 1 s between batches, and the cashiers are then cancelled.
import asyncio
import random
from asyncio import Queue, PriorityQueue, LifoQueue
from dataclasses import dataclass, field
from random import randrange
from typing import List

UNIT = 0.02


class Product:
    def __init__(self, name: str, checkout_time: float):
        self.name = name
        self.checkout_time = checkout_time


class Customer:
    def __init__(self, customer_id: int, products: List[Product]):
        self.customer_id = customer_id
        self.products = products


all_products = [Product('beer', 4),
                Product('bananas', 1),
                Product('sausage', 1),
                Product('diapers', 1)]

print('--- listing 12.1: a supermarket checkout queue')


async def open_register(cashier_number: int, cashiers: int):
    await asyncio.sleep(cashier_number / cashiers * UNIT)
    print(f'Cashier {cashier_number} opened the register')


async def checkout_customer(queue: Queue, cashier_number: int):
    await open_register(cashier_number, 3)
    while not queue.empty():
        customer: Customer = queue.get_nowait()
        print(f'Cashier {cashier_number} '
              f'checking out customer '
              f'{customer.customer_id}')
        for product in customer.products:
            print(f"Cashier {cashier_number} "
                  f"checking out customer "
                  f"{customer.customer_id}'s {product.name}")
            await asyncio.sleep(product.checkout_time * UNIT)
        print(f'Cashier {cashier_number} '
              f'finished checking out customer '
              f'{customer.customer_id}')
        queue.task_done()


async def main_12_1():
    customer_queue = Queue()

    for i in range(6):
        products = [all_products[randrange(len(all_products))]
                    for _ in range(randrange(4))]
        customer_queue.put_nowait(Customer(i, products))

    cashiers = [asyncio.create_task(checkout_customer(customer_queue, i))
                for i in range(3)]

    await asyncio.gather(customer_queue.join(), *cashiers)


random.seed(7)
asyncio.run(main_12_1())

print('--- listing 12.3: a customer generator feeding a bounded queue')


async def checkout_forever(queue: Queue, cashier_number: int):
    await open_register(cashier_number, 2)
    while True:
        customer: Customer = await queue.get()
        print(f'Cashier {cashier_number} '
              f'checking out customer '
              f'{customer.customer_id}')
        for product in customer.products:
            print(f"Cashier {cashier_number} "
                  f"checking out customer "
                  f"{customer.customer_id}'s {product.name}")
            await asyncio.sleep(product.checkout_time * UNIT)
        print(f'Cashier {cashier_number} '
              f'finished checking out customer '
              f'{customer.customer_id}')
        queue.task_done()


def generate_customer(customer_id: int) -> Customer:
    products = [all_products[randrange(len(all_products))]
                for _ in range(randrange(1, 3))]
    return Customer(customer_id, products)


async def customer_generator(queue: Queue):
    customer_count = 0

    while customer_count < 6:
        customers = [generate_customer(i)
                     for i in range(customer_count, customer_count + randrange(1, 4))]
        for customer in customers:
            print('Waiting to put customer in line...')
            await queue.put(customer)
            print('Customer put in line!')
        customer_count = customer_count + len(customers)
        await asyncio.sleep(0)


async def main_12_3():
    customer_queue = Queue(2)

    customer_producer = asyncio.create_task(customer_generator(customer_queue))

    cashiers = [asyncio.create_task(checkout_forever(customer_queue, i))
                for i in range(2)]

    await customer_producer
    await customer_queue.join()
    for cashier in cashiers:
        cashier.cancel()
    results = await asyncio.gather(*cashiers, return_exceptions=True)
    print('cashiers:', [type(r).__name__ for r in results])


random.seed(7)
asyncio.run(main_12_3())

print('--- listings 12.6 and 12.9: priority queues')


@dataclass(order=True)
class WorkItem:
    priority: int
    data: str = field(compare=False)


@dataclass(order=True)
class OrderedWorkItem:
    priority: int
    order: int
    data: str = field(compare=False)


async def worker(queue: Queue):
    while not queue.empty():
        work_item = await queue.get()
        print(f'Processing work item {work_item}')
        queue.task_done()


async def main_12_6():
    priority_queue = PriorityQueue()

    work_items = [WorkItem(3, 'Lowest priority'),
                  WorkItem(2, 'Medium priority'),
                  WorkItem(1, 'High priority')]

    worker_task = asyncio.create_task(worker(priority_queue))

    for work in work_items:
        priority_queue.put_nowait(work)

    await asyncio.gather(priority_queue.join(), worker_task)


async def main_12_9():
    priority_queue = PriorityQueue()

    work_items = [OrderedWorkItem(3, 1, 'Lowest priority'),
                  OrderedWorkItem(3, 2, 'Lowest priority second'),
                  OrderedWorkItem(3, 3, 'Lowest priority third'),
                  OrderedWorkItem(2, 4, 'Medium priority'),
                  OrderedWorkItem(1, 5, 'High priority')]

    worker_task = asyncio.create_task(worker(priority_queue))

    for work in work_items:
        priority_queue.put_nowait(work)

    await asyncio.gather(priority_queue.join(), worker_task)


asyncio.run(main_12_6())
asyncio.run(main_12_9())

print('--- listing 12.10: a LIFO queue')


async def main_12_10():
    lifo_queue = LifoQueue()

    work_items = [WorkItem(3, 'Lowest priority first'),
                  WorkItem(3, 'Lowest priority second'),
                  WorkItem(3, 'Lowest priority third'),
                  WorkItem(2, 'Medium priority'),
                  WorkItem(1, 'High priority')]

    worker_task = asyncio.create_task(worker(lifo_queue))

    for work in work_items:
        lifo_queue.put_nowait(work)

    await asyncio.gather(lifo_queue.join(), worker_task)
    print(f'queue empty: {lifo_queue.empty()}, size {lifo_queue.qsize()}')


asyncio.run(main_12_10())
