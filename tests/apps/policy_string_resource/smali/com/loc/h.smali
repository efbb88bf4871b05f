.class public final Lcom/loc/h;
.super Ljava/lang/Object;
.source "SourceFile"


# instance fields
.field a:Landroid/content/Context;

.field b:Ljava/util/List;

.field public c:Lcom/amap/api/location/AMapLocationListener;


# direct methods
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/loc/h;->a:Landroid/content/Context;

    return-void
.end method

.method private b()Ljava/lang/String;
    .registers 4

    iget-object v0, p0, Lcom/loc/h;->a:Landroid/content/Context;

    const-string v1, "phone"

    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/telephony/TelephonyManager;

    :try_start_a
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getAllCellInfo()Ljava/util/List;

    move-result-object v1

    iput-object v1, p0, Lcom/loc/h;->b:Ljava/util/List;

    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getNetworkOperator()Ljava/lang/String;

    move-result-object v2
    :try_end_14
    .catch Ljava/lang/SecurityException; {:try_start_a .. :try_end_14} :catch_15

    return-object v2

    :catch_15
    const-string v2, ""

    return-object v2
.end method

.method private c()Ljava/util/List;
    .registers 4

    iget-object v0, p0, Lcom/loc/h;->a:Landroid/content/Context;

    const-string v1, "wifi"

    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/net/wifi/WifiManager;

    invoke-virtual {v0}, Landroid/net/wifi/WifiManager;->getConnectionInfo()Landroid/net/wifi/WifiInfo;

    move-result-object v1

    invoke-virtual {v1}, Landroid/net/wifi/WifiInfo;->getBSSID()Ljava/lang/String;

    invoke-virtual {v0}, Landroid/net/wifi/WifiManager;->getScanResults()Ljava/util/List;

    move-result-object v2

    return-object v2
.end method


# virtual methods
.method public final a()V
    .registers 5

    invoke-direct {p0}, Lcom/loc/h;->b()Ljava/lang/String;

    invoke-direct {p0}, Lcom/loc/h;->c()Ljava/util/List;

    iget-object v0, p0, Lcom/loc/h;->a:Landroid/content/Context;

    const-string v1, "location"

    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/location/LocationManager;

    :try_start_f
    const-string v1, "gps"

    invoke-virtual {v0, v1}, Landroid/location/LocationManager;->getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;

    move-result-object v1
    :try_end_15
    .catch Ljava/lang/SecurityException; {:try_start_f .. :try_end_15} :catch_26

    if-eqz v1, :cond_26

    iget-object v2, p0, Lcom/loc/h;->c:Lcom/amap/api/location/AMapLocationListener;

    if-eqz v2, :cond_26

    new-instance v3, Lcom/amap/api/location/AMapLocation;

    invoke-direct {v3, v1}, Lcom/amap/api/location/AMapLocation;-><init>(Landroid/location/Location;)V

    invoke-interface {v2, v3}, Lcom/amap/api/location/AMapLocationListener;->onLocationChanged(Lcom/amap/api/location/AMapLocation;)V

    :catch_26
    :cond_26
    return-void
.end method
