import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { api } from '../lib/api';

export type PropertySummary = { id: number; code: string; name: string; timezone: string };

export const propertyKeys = {
  all: ['properties'] as const,
  mine: () => [...propertyKeys.all, 'mine'] as const,
};

export const useMyProperties = () =>
  useQuery({
    queryKey: propertyKeys.mine(),
    queryFn: () => api.get<PropertySummary[]>('/api/properties'),
    staleTime: 5 * 60_000,
  });

const STORAGE_KEY = 'propdesk.propertyId';

type PropertyScope = {
  properties: PropertySummary[];
  property: PropertySummary | null;
  propertyId: number | null;
  setPropertyId: (id: number) => void;
  isLoading: boolean;
};

const PropertyContext = createContext<PropertyScope | null>(null);

const storedId = () => {
  const n = Number(localStorage.getItem(STORAGE_KEY));
  return Number.isInteger(n) && n > 0 ? n : null;
};

/** The property the desk is working on; staff serving several properties switch it in the header. */
export const PropertyProvider = ({ children }: { children: ReactNode }) => {
  const { data, isLoading } = useMyProperties();
  const [chosen, setChosen] = useState<number | null>(storedId);
  const properties = data ?? [];
  const property = properties.find((p) => p.id === chosen) ?? properties[0] ?? null;
  const setPropertyId = useCallback((id: number) => {
    setChosen(id);
    localStorage.setItem(STORAGE_KEY, String(id));
  }, []);
  const value = useMemo(
    () => ({ properties, property, propertyId: property?.id ?? null, setPropertyId, isLoading }),
    [properties, property, setPropertyId, isLoading],
  );
  return <PropertyContext.Provider value={value}>{children}</PropertyContext.Provider>;
};

export const usePropertyScope = (): PropertyScope => {
  const ctx = useContext(PropertyContext);
  if (!ctx) throw new Error('usePropertyScope outside PropertyProvider');
  return ctx;
};
