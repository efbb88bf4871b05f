.class public interface abstract Lcom/amap/api/location/AMapLocationListener;
.super Ljava/lang/Object;
.source "AMapLocationListener.java"


# virtual methods
.method public abstract onLocationChanged(Lcom/amap/api/location/AMapLocation;)V
.end method
