import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Mentorflow } from './App';

createRoot(document.getElementById('root')!).render(
    <StrictMode>
        <Mentorflow />
    </StrictMode>
);
