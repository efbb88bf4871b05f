.class Lcom/example/ledong/ui/HomeActivity$1;
.super Lcom/baidu/location/BDAbstractLocationListener;
.source "HomeActivity.java"


# annotations
.annotation system Ldalvik/annotation/EnclosingMethod;
    value = Lcom/example/ledong/ui/HomeActivity;->locateNearbyStores()V
.end annotation

.annotation system Ldalvik/annotation/InnerClass;
    accessFlags = 0x0
    name = null
.end annotation


# instance fields
.field final synthetic this$0:Lcom/example/ledong/ui/HomeActivity;


# direct methods
.method constructor <init>(Lcom/example/ledong/ui/HomeActivity;)V
    .registers 2

    iput-object p1, p0, Lcom/example/ledong/ui/HomeActivity$1;->this$0:Lcom/example/ledong/ui/HomeActivity;

    invoke-direct {p0}, Lcom/baidu/location/BDAbstractLocationListener;-><init>()V

    return-void
.end method


# virtual methods
.method public onReceiveLocation(Lcom/baidu/location/BDLocation;)V
    .registers 3

    iget-object v0, p0, Lcom/example/ledong/ui/HomeActivity$1;->this$0:Lcom/example/ledong/ui/HomeActivity;

    invoke-virtual {v0, p1}, Lcom/example/ledong/ui/HomeActivity;->onStoresLocated(Lcom/baidu/location/BDLocation;)V

    return-void
.end method
