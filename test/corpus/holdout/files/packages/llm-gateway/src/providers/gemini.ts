import { GoogleGenerativeAI } from '@google/generative-ai';

const genAI = new GoogleGenerativeAI('AIzaSypM0bzqY_2n_VeAtri8NT4d8Y8F4XO8TSl');

export const gemini = genAI.getGenerativeModel({ model: 'gemini-1.5-pro' });
