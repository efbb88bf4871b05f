.class public Lcom/example/ledong/ui/HomeActivity;
.super Landroid/app/Activity;
.source "HomeActivity.java"


# instance fields
.field private locationClient:Lcom/baidu/location/LocationClient;

.field private stepCounter:Lcom/example/ledong/sport/StepCounter;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;

    move-result-object v0

    if-eqz v0, :cond_0

    const-string v1, "HomeView"

    invoke-virtual {v0, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;)V

    :cond_0
    return-void
.end method

.method public locateNearbyStores()V
    .registers 4

    iget-object v0, p0, Lcom/example/ledong/ui/HomeActivity;->locationClient:Lcom/baidu/location/LocationClient;

    if-nez v0, :cond_0

    new-instance v0, Lcom/baidu/location/LocationClient;

    invoke-virtual {p0}, Lcom/example/ledong/ui/HomeActivity;->getApplicationContext()Landroid/content/Context;

    move-result-object v1

    invoke-direct {v0, v1}, Lcom/baidu/location/LocationClient;-><init>(Landroid/content/Context;)V

    new-instance v1, Lcom/baidu/location/LocationClientOption;

    invoke-direct {v1}, Lcom/baidu/location/LocationClientOption;-><init>()V

    const-string v2, "bd09ll"

    invoke-virtual {v1, v2}, Lcom/baidu/location/LocationClientOption;->setCoorType(Ljava/lang/String;)V

    invoke-virtual {v0, v1}, Lcom/baidu/location/LocationClient;->setLocOption(Lcom/baidu/location/LocationClientOption;)V

    new-instance v1, Lcom/example/ledong/ui/HomeActivity$1;

    invoke-direct {v1, p0}, Lcom/example/ledong/ui/HomeActivity$1;-><init>(Lcom/example/ledong/ui/HomeActivity;)V

    invoke-virtual {v0, v1}, Lcom/baidu/location/LocationClient;->registerLocationListener(Lcom/baidu/location/BDAbstractLocationListener;)V

    iput-object v0, p0, Lcom/example/ledong/ui/HomeActivity;->locationClient:Lcom/baidu/location/LocationClient;

    :cond_0
    invoke-virtual {v0}, Lcom/baidu/location/LocationClient;->start()V

    return-void
.end method

.method onStoresLocated(Lcom/baidu/location/BDLocation;)V
    .registers 3

    iget-object v0, p0, Lcom/example/ledong/ui/HomeActivity;->locationClient:Lcom/baidu/location/LocationClient;

    invoke-virtual {v0}, Lcom/baidu/location/LocationClient;->stop()V

    return-void
.end method

.method public startDailySteps()V
    .registers 2

    iget-object v0, p0, Lcom/example/ledong/ui/HomeActivity;->stepCounter:Lcom/example/ledong/sport/StepCounter;

    if-nez v0, :cond_0

    new-instance v0, Lcom/example/ledong/sport/StepCounter;

    invoke-direct {v0, p0}, Lcom/example/ledong/sport/StepCounter;-><init>(Landroid/content/Context;)V

    iput-object v0, p0, Lcom/example/ledong/ui/HomeActivity;->stepCounter:Lcom/example/ledong/sport/StepCounter;

    :cond_0
    invoke-virtual {v0}, Lcom/example/ledong/sport/StepCounter;->start()Z

    return-void
.end method
