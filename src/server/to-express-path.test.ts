import express from 'express';
import request from 'supertest';
import { toExpressPath } from './to-express-path';

describe('toExpressPath', () => {
  it.each([
    ['/velostrata/api/v42/tasks', '/velostrata/api/v42/tasks'],
    ['/accounts/{account_id}/core/v1/tasks', '/accounts/:account_id/core/v1/tasks'],
    ['/v3/{project_id}/operation-logs', '/v3/:project_id/operation-logs'],
    ['/a/{x}/b/{y}', '/a/:x/b/:y'],
    ['/odd:path(1)', '/odd\\:path\\(1\\)'],
  ])('%s → %s', (template, expected) => {
    expect(toExpressPath(template)).toBe(expected);
  });

  it('rejects a parameter name Express cannot bind', () => {
    expect(() => toExpressPath('/a/{not-valid}')).toThrow(/not a valid name/);
  });

  it('matches real requests with Express 5, literals exactly', async () => {
    const app = express();
    app.get(toExpressPath('/accounts/{account_id}/core/v1/tasks'), (req, res) => {
      res.json(req.params);
    });
    app.get(toExpressPath('/odd:path(1)'), (_req, res) => {
      res.json({ literal: true });
    });
    await request(app).get('/accounts/abc/core/v1/tasks').expect(200, { account_id: 'abc' });
    await request(app).get('/odd:path(1)').expect(200, { literal: true });
    await request(app).get('/oddXpath1').expect(404);
  });
});
