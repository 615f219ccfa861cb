import { Skeleton } from 'antd';
import { lazy } from 'react';
import { usePropertyScope } from '../shell/property-context';
import { useIntakeProfile } from './queries';

const DeskPage = lazy(() => import('../intake/DeskPage').then((m) => ({ default: m.DeskPage })));
const PetitionsPage = lazy(() => import('./PetitionsPage').then((m) => ({ default: m.PetitionsPage })));

/**
 * 前台登记 in the property's intake form: the desk's contact register, or the petition office's
 * 群众来信来访登记表 when the admin has switched the property to it (S0).
 */
export const DeskEntry = () => {
  const { propertyId } = usePropertyScope();
  const profile = useIntakeProfile(propertyId);
  if (propertyId !== null && profile.isLoading) return <Skeleton active />;
  return profile.data?.profile === 'petition' ? <PetitionsPage /> : <DeskPage />;
};
