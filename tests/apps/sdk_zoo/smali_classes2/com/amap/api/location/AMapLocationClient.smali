.class public Lcom/amap/api/location/AMapLocationClient;
.super Ljava/lang/Object;
.field private a:Landroid/content/Context;
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lcom/amap/api/location/AMapLocationClient;->a:Landroid/content/Context;
    return-void
.end method
.method public static updatePrivacyShow(Landroid/content/Context;ZZ)V
    .registers 3
    return-void
.end method
.method public static updatePrivacyAgree(Landroid/content/Context;Z)V
    .registers 2
    return-void
.end method
.method public setLocationListener(Lcom/amap/api/location/AMapLocationListener;)V
    .registers 2
    return-void
.end method
.method public startLocation()V
    .registers 2
    iget-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->a:Landroid/content/Context;
    invoke-static {v0}, Lcom/loc/h;->a(Landroid/content/Context;)Ljava/util/List;
    return-void
.end method
