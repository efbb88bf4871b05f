.class public Lcom/amap/api/location/AMapLocationClient;
.super Ljava/lang/Object;
.source "AMapLocationClient.java"


# static fields
.field private static c:Z

.field private static d:Z


# instance fields
.field private a:Landroid/content/Context;

.field private b:Lcom/loc/d;


# direct methods
.method public constructor <init>(Landroid/content/Context;)V
    .registers 4
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/lang/Exception;
        }
    .end annotation

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    sget-boolean v0, Lcom/amap/api/location/AMapLocationClient;->d:Z

    if-nez v0, :cond_0

    new-instance v0, Ljava/lang/Exception;

    const-string v1, "\u8bf7\u5728\u8c03\u7528\u5b9a\u4f4d\u524d\u8c03\u7528updatePrivacyShow\u548cupdatePrivacyAgree\u65b9\u6cd5"

    invoke-direct {v0, v1}, Ljava/lang/Exception;-><init>(Ljava/lang/String;)V

    throw v0

    :cond_0
    invoke-virtual {p1}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    iput-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->a:Landroid/content/Context;

    new-instance v1, Lcom/loc/d;

    invoke-direct {v1, v0}, Lcom/loc/d;-><init>(Landroid/content/Context;)V

    iput-object v1, p0, Lcom/amap/api/location/AMapLocationClient;->b:Lcom/loc/d;

    return-void
.end method

.method public static updatePrivacyAgree(Landroid/content/Context;Z)V
    .registers 2

    sput-boolean p1, Lcom/amap/api/location/AMapLocationClient;->d:Z

    return-void
.end method

.method public static updatePrivacyShow(Landroid/content/Context;ZZ)V
    .registers 3

    sput-boolean p1, Lcom/amap/api/location/AMapLocationClient;->c:Z

    return-void
.end method


# virtual methods
.method public getLastKnownLocation()Lcom/amap/api/location/AMapLocation;
    .registers 2

    iget-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->b:Lcom/loc/d;

    invoke-virtual {v0}, Lcom/loc/d;->b()Lcom/amap/api/location/AMapLocation;

    move-result-object v0

    return-object v0
.end method

.method public onDestroy()V
    .registers 2

    iget-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->b:Lcom/loc/d;

    invoke-virtual {v0}, Lcom/loc/d;->c()V

    return-void
.end method

.method public setLocationListener(Lcom/amap/api/location/AMapLocationListener;)V
    .registers 3

    iget-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->b:Lcom/loc/d;

    iput-object p1, v0, Lcom/loc/d;->a:Lcom/amap/api/location/AMapLocationListener;

    return-void
.end method

.method public setLocationOption(Lcom/amap/api/location/AMapLocationClientOption;)V
    .registers 3

    iget-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->b:Lcom/loc/d;

    iput-object p1, v0, Lcom/loc/d;->b:Lcom/amap/api/location/AMapLocationClientOption;

    return-void
.end method

.method public startLocation()V
    .registers 2

    iget-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->b:Lcom/loc/d;

    invoke-virtual {v0}, Lcom/loc/d;->a()V

    return-void
.end method

.method public stopLocation()V
    .registers 2

    iget-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->b:Lcom/loc/d;

    invoke-virtual {v0}, Lcom/loc/d;->c()V

    return-void
.end method
